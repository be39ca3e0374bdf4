package cn.jiuweihai.silver.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A division of Weihai, loaded by migration; its code is GB/T 2260 or a statistics area code. */
@Entity
@Table(name = "district")
public class District extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "code_kind", nullable = false)
    public String codeKind;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
